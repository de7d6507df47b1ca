using QuantumDsl.Analog;

namespace QuantumDsl.Simulation.Rydberg;

/// <summary>
/// Emulates a Pulser sequence on neutral atoms: binds the job's variables, builds and samples the sequence with the
/// runtime's Pulser scheduler (<see cref="AnalogSequence.Sample(IReadOnlyDictionary{string, double[]}, IReadOnlyDictionary{string, int}?, CancellationToken)"/>,
/// the same samples as Pulser's <c>sample(seq.build(**values)).to_nested_dict(all_local=True)</c>), and evolves the
/// state from all-ground under H/ħ = Σ (Ω/2)(e^{−iφ}|g⟩⟨r| + h.c.) − Σ δ n + Σ C6/R⁶ n n, piecewise constant per
/// step (the channels' clock period by default, samples averaged), with a Lanczos propagator; then samples
/// <c>runs</c> bitstrings. CPU-bound and synchronous; uses all cores for large registers; honours cancellation between steps.
/// </summary>
public static class RydbergEmulator
{
    /// <summary>Longest sequence the emulator samples (memory bound of the per-ns samples).</summary>
    public const int MaxDurationNs = 200_000;

    /// <summary>Runs a job given its <c>variables</c> JSON object (numbers or arrays; <c>qubits</c> for a mappable register).</summary>
    /// <exception cref="ExperimentValidationException">A variable is missing or invalid, or the sequence cannot be built or emulated.</exception>
    public static RydbergResult Run(AnalogSequence sequence, string? variablesJson, int runs, int seed, CancellationToken cancellationToken, RydbergOptions? options = null)
    {
        var (variables, qubits) = JobVariables.Parse(variablesJson);
        return Run(sequence, variables, qubits, runs, seed, cancellationToken, options);
    }

    /// <summary>Runs a job with numeric variables (size-1 arrays for scalars) and, for a mappable register, the qubit → trap map.</summary>
    /// <exception cref="ExperimentValidationException">A variable is missing or invalid, or the sequence cannot be built or emulated.</exception>
    public static RydbergResult Run(AnalogSequence sequence, IReadOnlyDictionary<string, double[]> variables, IReadOnlyDictionary<string, int>? qubits,
        int runs, int seed, CancellationToken cancellationToken, RydbergOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentNullException.ThrowIfNull(variables);
        options ??= RydbergOptions.Default;
        if (options.Tolerance is < 1e-14 or > 1e-2 || double.IsNaN(options.Tolerance))
            throw new ArgumentOutOfRangeException(nameof(options), options.Tolerance, "Tolerance must be within [1e-14, 1e-2].");
        if (options.StepNs is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.StepNs, "StepNs must be at least 1 ns.");
        if (runs < 1)
            throw new ExperimentValidationException([Violation.BelowMinimum("runs", runs, 1)]);

        var (positions, steps, duration) = Prepare(sequence, variables, qubits, options, cancellationToken);
        var (probabilities, products) = Evolve(positions, sequence.Device.InteractionCoeff, steps, options.Tolerance, cancellationToken);
        var counter = BitstringSampler.Sample(probabilities, positions.Length, runs, seed);
        return new RydbergResult(counter, options.IncludeProbabilities ? probabilities : null, positions.Length, duration, products);
    }

    /// <summary>The atom positions and piecewise-constant Hamiltonian steps a job evolves under (for tests and benchmarks).</summary>
    internal static (double[][] Positions, List<HamiltonianStep> Steps, int DurationNs) Prepare(AnalogSequence sequence, IReadOnlyDictionary<string, double[]> variables,
        IReadOnlyDictionary<string, int>? qubits, RydbergOptions options, CancellationToken cancellationToken)
    {
        var unsupported = new List<Violation>();
        foreach (var channel in sequence.Channels.Where(c => c.Channel.Basis != Basis.GroundRydberg))
        {
            unsupported.Add(Violation.Rule($"channels.{channel.Name}", channel.Channel.Id, $"addresses the basis '{channel.Channel.Basis.ToWire()}': the emulator simulates only ground-rydberg channels"));
        }

        if (sequence.Measurement is { } basis && basis != Basis.GroundRydberg)
        {
            unsupported.Add(Violation.Rule("measurement", basis.ToWire(), "is not supported by the emulator (only ground-rydberg)"));
        }

        ExperimentValidationException.ThrowIfAny(unsupported);
        var register = sequence.BuildRegister(qubits);
        if (register.Count > RydbergOptions.MaxAtoms)
        {
            throw new ExperimentValidationException([Violation.AboveMaximum("register", register.Count, RydbergOptions.MaxAtoms, "emulator atoms")]);
        }

        var samples = sequence.Sample(variables, qubits, cancellationToken);
        if (samples.DurationNs > MaxDurationNs)
        {
            throw new ExperimentValidationException([Violation.AboveMaximum("duration", samples.DurationNs, MaxDurationNs, "emulator duration in ns")]);
        }

        var clock = sequence.Channels.Select(c => Math.Max(1, c.Channel.ClockPeriodNs)).DefaultIfEmpty(1).Max();
        var positions = register.Atoms.Select(a => new[] { a.X, a.Y, a.Z }).ToArray();
        return (positions, HamiltonianStep.FromSamples(samples, options.StepNs ?? clock), samples.DurationNs);
    }

    internal static (double[] Probabilities, long Products) Evolve(double[][] positions, double c6, IReadOnlyList<HamiltonianStep> steps,
        double tolerance, CancellationToken cancellationToken)
    {
        var h = new RydbergOperator(positions, c6);
        var propagator = new KrylovPropagator(h, tolerance);
        propagator.State.Re[0] = 1; // all ground
        foreach (var step in steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            h.SetStep(step);
            propagator.Evolve(step.DurationUs, cancellationToken);
        }
        var psi = propagator.State;
        var probabilities = new double[psi.Length];
        for (var i = 0; i < psi.Length; i++)
            probabilities[i] = psi.Re[i] * psi.Re[i] + psi.Im[i] * psi.Im[i];
        return (probabilities, propagator.Products);
    }
}
