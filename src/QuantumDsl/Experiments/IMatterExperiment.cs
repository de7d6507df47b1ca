using QuantumDsl.Matter;

namespace QuantumDsl;

/// <summary>One point of a matter (Oqtant) experiment: a named job whose input this point defines.</summary>
public interface IMatterExperiment : IExperiment
{
    /// <summary>The job name (from <c>[MatterExperiment(Name = …)]</c>).</summary>
    string JobName { get; }

    /// <summary>The service's input for this point (calls <c>Define</c>); throws <see cref="ExperimentValidationException"/> when invalid.</summary>
    MatterInput ToInput();
}
