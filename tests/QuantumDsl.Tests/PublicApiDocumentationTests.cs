using System.Reflection;
using System.Xml.Linq;

namespace QuantumDsl.Tests;

/// <summary>Every public type of the shipped libraries carries an XML doc comment.</summary>
public sealed class PublicApiDocumentationTests
{
    public static TheoryData<string> Libraries => new() { "QuantumDsl" };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Every_public_type_is_documented(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"{xmlPath} is missing: GenerateDocumentationFile must stay on for src/.");
        var documented = XDocument.Load(xmlPath).Descendants("member")
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
