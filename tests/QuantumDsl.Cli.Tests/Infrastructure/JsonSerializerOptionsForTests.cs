using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace QuantumDsl.Cli.Tests.Infrastructure;

/// <summary>Reflection-based JSON for reading CLI output in tests (src uses source-generated contexts only).</summary>
public static class JsonSerializerOptionsForTests
{
    public static readonly JsonSerializerOptions Default = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
}
