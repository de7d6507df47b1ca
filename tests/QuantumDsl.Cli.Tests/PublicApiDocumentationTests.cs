using QuantumDsl.Testing;

namespace QuantumDsl.Cli.Tests;

public sealed class PublicApiDocumentationTests
{
    [Fact]
    public void Every_public_type_is_documented() =>
        PublicApiDocumentation.AssertEveryPublicTypeIsDocumented(typeof(QuantumDsl.Cli.Hosting.CliEnvironment).Assembly);
}
