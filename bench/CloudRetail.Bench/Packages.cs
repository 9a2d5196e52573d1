using System.IO.Compression;

namespace CloudRetail.Bench;

/// <summary>The shipped build's size, as proxies for the image and the Lambda package: the publish
/// folder (without native debug symbols, which the Dockerfile drops too) and that folder zipped
/// as `cdk deploy -c apiPackage=zip` uploads it. The storefront is not in either: CloudFront serves it.</summary>
internal static class Packages
{
    public static void Print(Report report, BenchOptions options)
    {
        var builds = new[] { options.Api, options.Floor, options.Baseline }.OfType<AppBuild>().ToList();
        report.Line("## Package size: the publish folder (no *.dbg) and it zipped (the Lambda zip package)");
        report.Line();
        report.Table(["build", "publish folder", "zipped"], builds.Select(b =>
        {
            var files = Shipped(b.Directory).ToList();
            return new[] { b.Label, MiB(files.Sum(f => f.Length)), MiB(ZippedBytes(b.Directory, files)) };
        }));
    }

    private static IEnumerable<FileInfo> Shipped(string directory) =>
        new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Where(f => f.Extension != ".dbg");

    private static long ZippedBytes(string directory, IEnumerable<FileInfo> files)
    {
        var zip = Path.Combine(Path.GetTempPath(), $"cloudretail-package-{Guid.NewGuid():N}.zip");
        try
        {
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            {
                foreach (var file in files)
                {
                    archive.CreateEntryFromFile(file.FullName, Path.GetRelativePath(directory, file.FullName), CompressionLevel.Optimal);
                }
            }
            return new FileInfo(zip).Length;
        }
        finally
        {
            File.Delete(zip);
        }
    }

    private static string MiB(long bytes) => Report.Num(bytes / 1048576.0, "0.0") + " MiB";
}
