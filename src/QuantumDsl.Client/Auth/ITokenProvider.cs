namespace QuantumDsl.Client;

/// <summary>Supplies the bearer token for each request (cached by the implementation as it sees fit).</summary>
public interface ITokenProvider
{
    /// <summary>Returns a valid access token.</summary>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>A fixed token, e.g. one obtained by <see cref="Oqtant.OqtantLogin"/> or the emulator's dev token.</summary>
public sealed class StaticTokenProvider(string token) : ITokenProvider
{
    private readonly string _token = !string.IsNullOrWhiteSpace(token)
        ? token
        : throw new ArgumentException("The token is empty.", nameof(token));

    /// <inheritdoc />
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_token);
}
