namespace CloudRetail.Testing;

/// <summary>The checkout the running binaries were built from.</summary>
public static class Repository
{
    /// <summary>The nearest folder above the binaries that holds CloudRetail.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CloudRetail.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("CloudRetail.sln not found above " + AppContext.BaseDirectory);
    }
}
