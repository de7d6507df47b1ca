using System.Globalization;

namespace QuantumDsl.Samples;

/// <summary>
/// The files one run writes, in one directory. An earlier run's files are kept: the set gets the first free
/// numbered suffix (<c>plot.png</c>, then <c>plot-2.png</c>, …) unless <c>force</c> says to overwrite them.
/// </summary>
public sealed class OutputFiles
{
    private readonly int _suffix;

    private OutputFiles(string directory, int suffix)
    {
        Directory = directory;
        _suffix = suffix;
    }

    /// <summary>The full path of the output directory.</summary>
    public string Directory { get; }

    /// <summary>Reserves names for <paramref name="names"/> (e.g. <c>results.csv</c>) in <paramref name="directory"/>, creating it.</summary>
    public static OutputFiles Create(string directory, bool force, params IReadOnlyList<string> names)
    {
        var full = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(full);
        var suffix = 1;
        while (!force && names.Any(n => File.Exists(Path.Combine(full, WithSuffix(n, suffix)))))
        {
            suffix++;
        }

        return new OutputFiles(full, suffix);
    }

    /// <summary>The full path this run uses for <paramref name="name"/>.</summary>
    public string PathOf(string name) => Path.Combine(Directory, WithSuffix(name, _suffix));

    private static string WithSuffix(string name, int suffix) =>
        suffix == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(name)}-{suffix}{Path.GetExtension(name)}");
}
