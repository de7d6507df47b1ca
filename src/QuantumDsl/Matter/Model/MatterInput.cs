namespace QuantumDsl.Matter;

/// <summary>
/// One input (run) of an Oqtant job as the user defines it: the physics <see cref="Values"/> and optional
/// <see cref="Notes"/>. May be invalid; <see cref="Validate"/> lists what is wrong.
/// </summary>
/// <param name="Values">The wire values of the input.</param>
/// <param name="Notes">Free-text notes stored with the input (at most 500 characters), or null.</param>
public sealed record MatterInput(InputValues Values, string? Notes = null)
{
    /// <summary>The job type the service derives from <see cref="Values"/>.</summary>
    public JobType JobType => Values.DeriveJobType();

    /// <summary>Every violation of the service's limits, with paths relative to the input
    /// (for example <c>rf_evaporation.times_ms[2]</c>, <c>notes</c>).</summary>
    public IReadOnlyList<Violation> Validate() => InputValidator.Validate(this, prefix: string.Empty);
}
