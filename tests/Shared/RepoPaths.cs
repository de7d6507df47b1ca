namespace QuantumDsl.Testing;

/// <summary>Paths inside the repository checkout the tests run from (linked into every test project).</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding QuantumDsl.sln, found upwards from the test binaries.</summary>
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuantumDsl.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("QuantumDsl.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
