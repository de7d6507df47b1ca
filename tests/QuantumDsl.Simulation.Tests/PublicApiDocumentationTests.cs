using QuantumDsl.Testing;

namespace QuantumDsl.Simulation.Tests;

public sealed class PublicApiDocumentationTests
{
    [Fact]
    public void Every_public_type_is_documented() =>
        PublicApiDocumentation.AssertEveryPublicTypeIsDocumented(typeof(QuantumDsl.Simulation.Rydberg.RydbergEmulator).Assembly);
}
