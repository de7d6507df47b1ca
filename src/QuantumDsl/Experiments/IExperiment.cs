namespace QuantumDsl;

/// <summary>One point of an experiment (either family): it can list everything wrong with it.</summary>
public interface IExperiment
{
    /// <summary>Every violation of this point: <c>[Param]</c> ranges and the hardware limits of what it builds.</summary>
    IReadOnlyList<Violation> Validate();
}
