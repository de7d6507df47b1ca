using QuantumDsl.Client;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl;

/// <summary>Settings of <see cref="QuantumClient"/>: either or both services, and how sweeps run.</summary>
public sealed class QuantumClientOptions
{
    /// <summary>The Oqtant service (matter experiments), or null.</summary>
    public OqtantClientOptions? Oqtant { get; set; }

    /// <summary>The Pasqal service (analog experiments), or null.</summary>
    public PasqalClientOptions? Pasqal { get; set; }

    /// <summary>How sweeps run.</summary>
    public SweepRunOptions Run { get; set; } = new();
}

/// <summary>
/// What generated code runs sweeps against: the Oqtant client for matter experiments and the Pasqal client for analog
/// ones (<c>await C.Sweep.RunAsync(client, progress, ct)</c>).
/// </summary>
public sealed class QuantumClient : IDisposable
{
    private readonly OqtantClient? _oqtant;
    private readonly PasqalClient? _pasqal;
    private readonly bool _owns;

    /// <summary>Wraps existing clients (not disposed by this object).</summary>
    public QuantumClient(OqtantClient? oqtant, PasqalClient? pasqal, SweepRunOptions? runOptions = null)
        : this(oqtant, pasqal, runOptions, owns: false)
    {
    }

    private QuantumClient(OqtantClient? oqtant, PasqalClient? pasqal, SweepRunOptions? runOptions, bool owns)
    {
        if (oqtant is null && pasqal is null)
        {
            throw new ArgumentException("A QuantumClient needs an Oqtant client, a Pasqal client or both.");
        }

        _oqtant = oqtant;
        _pasqal = pasqal;
        RunOptions = runOptions ?? new SweepRunOptions();
        _owns = owns;
    }

    /// <summary>Creates the clients named in <paramref name="options"/>, each with its own resilient HttpClient.</summary>
    public static QuantumClient Create(QuantumClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var oqtant = options.Oqtant is { } o ? OqtantClient.Create(o.Token ?? throw new ArgumentException("Oqtant options need a Token.", nameof(options)), o) : null;
        var pasqal = options.Pasqal is { } p ? PasqalClient.Create(p) : null;
        return new QuantumClient(oqtant, pasqal, options.Run, owns: true);
    }

    /// <summary>The Oqtant client.</summary>
    public OqtantClient Oqtant => _oqtant ?? throw new InvalidOperationException("This QuantumClient has no Oqtant client: set QuantumClientOptions.Oqtant.");

    /// <summary>The Pasqal client.</summary>
    public PasqalClient Pasqal => _pasqal ?? throw new InvalidOperationException("This QuantumClient has no Pasqal client: set QuantumClientOptions.Pasqal.");

    /// <summary>How sweeps run.</summary>
    public SweepRunOptions RunOptions { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_owns)
        {
            _oqtant?.Dispose();
            _pasqal?.Dispose();
        }
    }
}
