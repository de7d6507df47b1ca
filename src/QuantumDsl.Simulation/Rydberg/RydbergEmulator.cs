using System.Globalization;
using System.Text.Json;
using QuantumDsl.Simulation.Pulser;

namespace QuantumDsl.Simulation.Rydberg;

/// <summary>
/// Emulates a Pulser sequence on neutral atoms: binds the job's variables, builds the channel schedule, and
/// evolves the state vector from all-ground under H/ħ = Σ (Ω/2)(e^{−iφ}|g⟩⟨r| + h.c.) − Σ δ n + Σ C6/R⁶ n n,
/// piecewise constant per clock step, with a Lanczos propagator; then samples <c>runs</c> bitstrings.
/// CPU-bound and synchronous; uses all cores for large registers; honours cancellation between steps.
/// </summary>
public static class RydbergEmulator
{
    /// <summary>Runs a job given its <c>variables</c> as JSON values (numbers or arrays; <c>qubits</c> for a mappable register).</summary>
    /// <exception cref="PulserSequenceException">A variable is missing or invalid, or the sequence cannot be built or emulated.</exception>
    public static RydbergResult Run(PulserSequence sequence, IReadOnlyDictionary<string, JsonElement> variables, int runs, int seed,
        CancellationToken cancellationToken, RydbergOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentNullException.ThrowIfNull(variables);
        options ??= RydbergOptions.Default;
        if (runs < 1)
            throw new PulserSequenceException("runs", $"runs {runs} must be at least 1");
        if (options.Tolerance is < 1e-14 or > 1e-2 || double.IsNaN(options.Tolerance))
            throw new ArgumentOutOfRangeException(nameof(options), options.Tolerance, "Tolerance must be within [1e-14, 1e-2].");
        if (options.StepNs is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.StepNs, "StepNs must be at least 1 ns.");

        var bound = VariableBinder.Bind(sequence.Variables, variables);
        var positions = sequence.Register.Positions(variables.TryGetValue(VariableBinder.QubitsKey, out var q) ? q : null);
        if (positions.Length > RydbergOptions.MaxAtoms)
            throw new PulserSequenceException("register", $"{positions.Length} atoms exceed the emulator limit of {RydbergOptions.MaxAtoms}");
        var samples = SequenceScheduler.Build(sequence, new ExpressionEvaluator(bound), positions.Length, cancellationToken);
        var steps = HamiltonianStep.FromSamples(samples, options.StepNs ?? samples.ClockPeriodNs);
        var (probabilities, products) = Evolve(positions, sequence.Device.InteractionCoeff, steps, options.Tolerance, cancellationToken);
        var counter = BitstringSampler.Sample(probabilities, positions.Length, runs, seed);
        return new RydbergResult(counter, options.IncludeProbabilities ? probabilities : null, positions.Length, samples.DurationNs, products);
    }

    /// <summary>Runs a job with plain numeric variables (a scalar for size-1 variables, an array otherwise).</summary>
    public static RydbergResult Run(PulserSequence sequence, IReadOnlyDictionary<string, double[]> variables, int runs, int seed,
        CancellationToken cancellationToken, RydbergOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var json = variables.ToDictionary(kv => kv.Key, kv =>
        {
            using var doc = JsonDocument.Parse("[" + string.Join(",", kv.Value.Select(x => x.ToString("R", CultureInfo.InvariantCulture))) + "]");
            return doc.RootElement.Clone();
        });
        return Run(sequence, json, runs, seed, cancellationToken, options);
    }

    /// <summary>The piecewise-constant Hamiltonian steps a job evolves under (for tests and benchmarks).</summary>
    internal static List<HamiltonianStep> Steps(PulserSequence sequence, IReadOnlyDictionary<string, JsonElement> variables, RydbergOptions? options)
    {
        var bound = VariableBinder.Bind(sequence.Variables, variables);
        var positions = sequence.Register.Positions(variables.TryGetValue(VariableBinder.QubitsKey, out var q) ? q : null);
        var samples = SequenceScheduler.Build(sequence, new ExpressionEvaluator(bound), positions.Length, CancellationToken.None);
        return HamiltonianStep.FromSamples(samples, options?.StepNs ?? samples.ClockPeriodNs);
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
