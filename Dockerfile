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
# Native AOT links the app with the platform's C toolchain.
RUN apt-get update \
    && apt-get install -y --no-install-recommends clang zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
# Native AOT (src/CloudRetail.Api/Publish.props, spelled out here): one native executable, no JIT
# and no runtime to load at a cold start, which every new Lambda instance pays (docs/performance.md).
# Trim and AOT warnings are errors, so a build that would fail at run time fails here. The debug
# symbols stay in the build stage.
RUN dotnet publish src/CloudRetail.Api/CloudRetail.Api.csproj \
      --configuration Release --runtime linux-x64 --self-contained true \
      -p:PublishAot=true --output /app \
    && rm -f /app/*.dbg

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
