using QuantumDsl.Testing;

namespace QuantumDsl.Client.Tests;

public sealed class PublicApiDocumentationTests
{
    [Fact]
    public void Every_public_type_is_documented() =>
        PublicApiDocumentation.AssertEveryPublicTypeIsDocumented(typeof(QuantumServiceException).Assembly);
}
