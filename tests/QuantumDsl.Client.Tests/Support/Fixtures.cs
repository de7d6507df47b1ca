namespace QuantumDsl.Client.Tests.Support;

/// <summary>Paths of the recorded service bodies under Fixtures/ (see Fixtures/README.md).</summary>
internal static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PasqalRoot => Path.Combine(Root, "pasqal", "core-fast");

    /// <summary>The body recorded for <paramref name="method"/> on <paramref name="path"/> (e.g. <c>/api/v2/batches/x</c>), or null.</summary>
    public static string? Pasqal(HttpMethod method, string path)
    {
        var file = Path.Combine(PasqalRoot, path.Trim('/').Replace('/', Path.DirectorySeparatorChar), "_." + method.Method + ".json");
        return File.Exists(file) ? File.ReadAllText(file) : null;
    }

    public static IEnumerable<string> AllPasqalBodies() =>
        Directory.EnumerateFiles(PasqalRoot, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("headers.json", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(PasqalRoot, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
}
