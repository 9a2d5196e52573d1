using CloudRetail.Cdk;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

public sealed class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(DeployContext.RepositoryRoot, "Dockerfile"));
    private static readonly string ApiAssembly = typeof(Program).Assembly.GetName().Name!;

    [Fact]
    public void The_dockerfile_keeps_the_port_entry_point_adapter_and_non_root_user_the_stack_relies_on() =>
        DockerfileRules.Check(Dockerfile, ApiAssembly, ShopPaths.Liveness);

    [Fact]
    public void The_build_context_holds_only_sources_and_build_settings()
    {
        var ignored = File.ReadAllLines(Path.Combine(DeployContext.RepositoryRoot, ".dockerignore"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

        // Everything out, then back in only what the Dockerfile's COPY lines use, minus build output.
        Assert.Equal("*", ignored[0]);
        Assert.Equal(["!src/", "!global.json", "!Directory.Build.props", "!Directory.Packages.props", "!.editorconfig", "!web/"],
            ignored.Where(line => line.StartsWith('!')));
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("web/dist/", ignored);
    }

    [Fact]
    public void The_image_carries_the_built_storefront_where_the_api_serves_it_from()
    {
        var angular = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(DeployContext.RepositoryRoot, "web", "angular.json")))!;
        var project = angular["projects"]!.AsObject().Single().Key;

        Assert.Contains("RUN npm ci --no-audit --no-fund", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("RUN npm run build", Dockerfile, StringComparison.Ordinal);
        // STOREFRONT_ROOT's default, wwwroot under the content root, which is the image's WORKDIR.
        Assert.Contains($"COPY --from=web /web/dist/{project}/browser ./wwwroot", Dockerfile, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USER $APP_UID", "USER root")]
    [InlineData("USER $APP_UID", "USER 0:0")]
    [InlineData("EXPOSE 8080", "EXPOSE 80")]
    [InlineData("aws-lambda-adapter:0.9.1", "aws-lambda-adapter:latest")]
    [InlineData("/opt/extensions/lambda-adapter", "/opt/lambda-adapter")]
    [InlineData("runtime-deps:10.0.12", "runtime-deps:10.0")]
    [InlineData("\"./CloudRetail.Api\"", "\"./Api\"")]
    [InlineData("-p:PublishAot=true ", "-p:PublishReadyToRun=true ")]
    [InlineData("install -y --no-install-recommends clang zlib1g-dev", "install -y --no-install-recommends zlib1g-dev")]
    [InlineData("--self-contained true", "--self-contained false")]
    [InlineData("PORT=8080", "PORT=5000")]
    public void A_drifted_dockerfile_is_caught(string kept, string drifted)
    {
        Assert.Contains(kept, Dockerfile, StringComparison.Ordinal);

        Assert.ThrowsAny<Exception>(() => DockerfileRules.Check(Dockerfile.Replace(kept, drifted, StringComparison.Ordinal), ApiAssembly, ShopPaths.Liveness));
    }
}
