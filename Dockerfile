# The shop's API as one image. On AWS Lambda the Web Adapter extension turns Lambda events into
# HTTP requests to Kestrel (docs/adr/0001-lambda-hosting-with-web-adapter.md); anywhere else the
# extension is inert and this is a plain web server:
#   docker build -t cloudretail-api .
#   docker run -p 8080:8080 cloudretail-api
# Pinned: the SDK and runtime this repository is built and tested with, and one adapter release.
# A Deploy test (DockerfileTests) guards the port, entry point, adapter copy and non-root user.

# The storefront (web/), built once; the API serves it from wwwroot with a fallback for deep links.
FROM node:20.20-bookworm-slim AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
# Self-contained composite ReadyToRun (src/CloudRetail.Api/Publish.props, spelled out here): the
# framework and the app precompiled as one image, the shortest cold start a Lambda pays on every new
# instance among the modes that build here (docs/performance.md). It brings its own runtime, so the
# base image is runtime-deps.
RUN dotnet publish src/CloudRetail.Api/CloudRetail.Api.csproj \
      --configuration Release --runtime linux-x64 --self-contained true \
      -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true --output /app

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0.12 AS runtime
COPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter
WORKDIR /app
COPY --from=build /app ./
COPY --from=web /web/dist/storefront/browser ./wwwroot
# PORT is what both the app (ShopHost) and the adapter read; the readiness path answers without
# touching DynamoDB. The CDK stack sets the same values on the function.
ENV PORT=8080 \
    ASPNETCORE_URLS=http://+:8080 \
    AWS_LWA_READINESS_CHECK_PATH=/api/health
EXPOSE 8080
# The non-root user the .NET images ship with.
USER $APP_UID
ENTRYPOINT ["./CloudRetail.Api"]
