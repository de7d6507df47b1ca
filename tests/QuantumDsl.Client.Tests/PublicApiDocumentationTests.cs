using System.Reflection;
using System.Xml.Linq;

namespace QuantumDsl.Client.Tests;

/// <summary>Every public type of QuantumDsl.Client carries an XML doc comment.</summary>
public sealed class PublicApiDocumentationTests
{
    [Fact]
    public void Every_public_type_is_documented()
    {
        var assembly = typeof(QuantumServiceException).Assembly;
        var xml = Path.ChangeExtension(assembly.Location, ".xml");
        var documented = XDocument.Load(xml).Descendants("member")
            .Select(m => (string?)m.Attribute("name"))
            .Where(n => n is not null && n.StartsWith("T:", StringComparison.Ordinal))
            .Select(n => n![2..])
            .ToHashSet(StringComparer.Ordinal);
        var undocumented = assembly.GetExportedTypes()
            .Select(t => t.FullName!.Replace('+', '.'))
            .Where(n => !documented.Contains(n))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(undocumented.Count == 0, "Public types without XML docs: " + string.Join(", ", undocumented));
    }
}
