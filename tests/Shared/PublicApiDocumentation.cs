using System.Reflection;
using System.Xml.Linq;

namespace QuantumDsl.Testing;

/// <summary>Checks that every public type of a shipped assembly carries an XML doc comment (linked into every test project).</summary>
internal static class PublicApiDocumentation
{
    public static void AssertEveryPublicTypeIsDocumented(Assembly assembly)
    {
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

        Assert.True(undocumented.Count == 0, $"Public types of {assembly.GetName().Name} without XML docs: " + string.Join(", ", undocumented));
    }
}
