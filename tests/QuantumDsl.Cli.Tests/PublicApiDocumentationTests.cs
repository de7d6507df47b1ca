using System.Reflection;
using System.Xml.Linq;
using QuantumDsl.Cli.Hosting;

namespace QuantumDsl.Cli.Tests;

/// <summary>Every public type of the CLI carries an XML doc comment.</summary>
public sealed class PublicApiDocumentationTests
{
    [Fact]
    public void Every_public_type_is_documented()
    {
        var assembly = typeof(CliEnvironment).Assembly;
        var documented = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml")).Descendants("member")
            .Select(m => (string?)m.Attribute("name"))
            .Where(n => n is not null && n.StartsWith("T:", StringComparison.Ordinal))
            .Select(n => n![2..])
            .ToHashSet(StringComparer.Ordinal);
        var undocumented = assembly.GetExportedTypes().Select(t => t.FullName!.Replace('+', '.')).Where(n => !documented.Contains(n)).ToList();
        Assert.True(undocumented.Count == 0, "Public types without XML docs: " + string.Join(", ", undocumented));
        Assert.NotEmpty(assembly.GetExportedTypes());
    }
}
