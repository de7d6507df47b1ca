using System.Globalization;

namespace QuantumDsl.Analog;

/// <summary>
/// A 2D or 3D trap layout (Pulser <c>RegisterLayout</c>): trap coordinates in µm, sorted by x, then y, then z as Pulser
/// numbers them (trap id = index in <see cref="Coordinates"/>). Make one with <see cref="FromCoordinates(IReadOnlyList{ValueTuple{double, double}}, string?)"/>
/// (2D) or <see cref="FromCoordinates(IReadOnlyList{ValueTuple{double, double, double}}, string?)"/> (3D), or take a
/// device's <see cref="Device.PreCalibratedLayouts"/>; place atoms with <see cref="DefineRegister(int[])"/> (a 3D layout
/// gives a 3D register, as Pulser's <c>Register3D</c>) or leave the placement to each job with
/// <see cref="MakeMappable(int, string)"/>. Written as the sequence's <c>layout</c>.
/// </summary>
public sealed partial class RegisterLayout
{
    internal RegisterLayout(IEnumerable<(double X, double Y)> traps, string? slug = null)
        : this(traps.Select(t => (t.X, t.Y, 0.0)), 2, slug)
    {
    }

    internal RegisterLayout(IEnumerable<(double X, double Y, double Z)> traps, int dimensions, string? slug = null)
    {
        Coordinates = traps.OrderBy(t => t.X).ThenBy(t => t.Y).ThenBy(t => t.Z).ToList();
        Traps = Coordinates.Select(t => (t.X, t.Y)).ToList();
        Dimensions = dimensions;
        Slug = slug;
    }

    /// <summary>Trap x, y (µm), sorted by x, then y (then z): the positions of a 2D layout; see <see cref="Coordinates"/> for a 3D one's z.</summary>
    public IReadOnlyList<(double X, double Y)> Traps { get; }

    /// <summary>Trap positions (µm) in trap-id order; <c>Z</c> is 0 in a 2D layout.</summary>
    public IReadOnlyList<(double X, double Y, double Z)> Coordinates { get; }

    /// <summary>2 or 3: the number of components of each trap's coordinates (Pulser's <c>dimensionality</c>).</summary>
    public int Dimensions { get; }

    /// <summary>Optional name of the layout.</summary>
    public string? Slug { get; }

    /// <summary>Number of traps.</summary>
    public int TrapCount => Traps.Count;

    /// <summary>A layout of traps at <paramref name="traps"/> (µm, rounded to 1e-6 as Pulser stores them), numbered after sorting by x then y.</summary>
    /// <exception cref="ExperimentValidationException">No traps, a non-finite coordinate or two traps at the same place.</exception>
    public static RegisterLayout FromCoordinates(IReadOnlyList<(double X, double Y)> traps, string? slug = null)
    {
        ArgumentNullException.ThrowIfNull(traps);
        var v = new List<Violation>();
        if (traps.Count == 0)
        {
            v.Add(Violation.Rule("layout.coordinates", "[]", "is empty: a layout needs at least one trap"));
        }

        for (var i = 0; i < traps.Count; i++)
        {
            if (!double.IsFinite(traps[i].X) || !double.IsFinite(traps[i].Y))
            {
                v.Add(Violation.Rule($"layout.coordinates[{i}]", $"({Expr.Format(traps[i].X)}, {Expr.Format(traps[i].Y)})", "is not a finite position"));
            }
        }

        ExperimentValidationException.ThrowIfAny(v);
        var rounded = traps.Select(t => (Math.Round(t.X, 6) + 0.0, Math.Round(t.Y, 6) + 0.0)).ToList();
        foreach (var clash in rounded.GroupBy(t => t).Where(g => g.Count() > 1))
        {
            v.Add(Violation.Rule("layout.coordinates", $"({Expr.Format(clash.Key.Item1)}, {Expr.Format(clash.Key.Item2)})", "holds more than one trap"));
        }

        ExperimentValidationException.ThrowIfAny(v);
        return new RegisterLayout(rounded, slug);
    }

    /// <summary>
    /// A 3D layout of traps at <paramref name="traps"/> (µm, rounded to 1e-6 as Pulser stores them), numbered after
    /// sorting by x, then y, then z; its registers are 3D (Pulser's <c>Register3D</c>).
    /// </summary>
    /// <exception cref="ExperimentValidationException">No traps, a non-finite coordinate or two traps at the same place.</exception>
    public static RegisterLayout FromCoordinates(IReadOnlyList<(double X, double Y, double Z)> traps, string? slug = null)
    {
        ArgumentNullException.ThrowIfNull(traps);
        var v = new List<Violation>();
        if (traps.Count == 0)
        {
            v.Add(Violation.Rule("layout.coordinates", "[]", "is empty: a layout needs at least one trap"));
        }

        for (var i = 0; i < traps.Count; i++)
        {
            if (!double.IsFinite(traps[i].X) || !double.IsFinite(traps[i].Y) || !double.IsFinite(traps[i].Z))
            {
                v.Add(Violation.Rule($"layout.coordinates[{i}]", $"({Expr.Format(traps[i].X)}, {Expr.Format(traps[i].Y)}, {Expr.Format(traps[i].Z)})", "is not a finite position"));
            }
        }

        ExperimentValidationException.ThrowIfAny(v);
        var rounded = traps.Select(t => (Math.Round(t.X, 6) + 0.0, Math.Round(t.Y, 6) + 0.0, Math.Round(t.Z, 6) + 0.0)).ToList();
        foreach (var clash in rounded.GroupBy(t => t).Where(g => g.Count() > 1))
        {
            v.Add(Violation.Rule("layout.coordinates", $"({Expr.Format(clash.Key.Item1)}, {Expr.Format(clash.Key.Item2)}, {Expr.Format(clash.Key.Item3)})", "holds more than one trap"));
        }

        ExperimentValidationException.ThrowIfAny(v);
        return new RegisterLayout(rounded, 3, slug);
    }

    /// <summary>A register of atoms on the traps <paramref name="trapIds"/>, ids <c>q0..qN-1</c> (Pulser's <c>define_register</c>).</summary>
    public Register DefineRegister(params int[] trapIds) => DefineRegister(trapIds, qubitIds: null);

    /// <summary>
    /// A register of atoms on the traps <paramref name="trapIds"/> (in that order) named <paramref name="qubitIds"/>
    /// (default <c>q0..qN-1</c>), not centred, remembering this layout (written as the sequence's <c>layout</c>).
    /// </summary>
    /// <exception cref="ExperimentValidationException">No trap, a trap id outside the layout or repeated, or a wrong number of ids.</exception>
    public Register DefineRegister(IReadOnlyList<int> trapIds, IReadOnlyList<string>? qubitIds)
    {
        ArgumentNullException.ThrowIfNull(trapIds);
        var v = CheckTraps(trapIds, "trapIds");
        if (qubitIds is not null && qubitIds.Count != trapIds.Count)
        {
            v.Add(Violation.Rule("qubitIds", qubitIds.Count.ToString(CultureInfo.InvariantCulture), $"ids were given for {trapIds.Count} traps: give one per trap"));
        }

        ExperimentValidationException.ThrowIfAny(v);
        return OnTraps(trapIds, qubitIds).WithLayout(this);
    }

    /// <summary>
    /// A detuning map on this layout's traps (Pulser's <c>layout.define_detuning_map</c>): each trap id of
    /// <paramref name="weightsByTrap"/> with its weight, in trap-id order (the order Pulser writes them).
    /// </summary>
    /// <param name="weightsByTrap">Weight (0..1) per trap id.</param>
    /// <param name="slug">The map's optional name.</param>
    /// <exception cref="ExperimentValidationException">No trap, a trap id outside the layout, a weight outside [0, 1], or a 3D layout (Pulser's abstract representation writes detuning maps with x, y only).</exception>
    public DetuningMap DefineDetuningMap(IReadOnlyDictionary<int, double> weightsByTrap, string? slug = null)
    {
        ArgumentNullException.ThrowIfNull(weightsByTrap);
        var v = CheckTraps(weightsByTrap.Keys.ToList(), "weightsByTrap");
        foreach (var (trap, weight) in weightsByTrap.Where(kv => !(kv.Value >= 0 && kv.Value <= 1)))
        {
            v.Add(Violation.Rule($"weightsByTrap[{trap.ToString(CultureInfo.InvariantCulture)}]", Expr.Format(weight), "is not a weight between 0 and 1"));
        }

        if (Dimensions == 3)
        {
            v.Add(Violation.Rule("layout", "3D", "cannot hold a detuning map: Pulser's abstract representation writes detuning-map traps with x, y only"));
        }

        ExperimentValidationException.ThrowIfAny(v);
        return new DetuningMap(weightsByTrap.OrderBy(kv => kv.Key).Select(kv => new WeightedTrap(Traps[kv.Key].X, Traps[kv.Key].Y, kv.Value)).ToList(), slug);
    }

    /// <summary>Atoms on the traps <paramref name="trapIds"/> (valid ids), 2D or 3D as the layout, not centred.</summary>
    internal Register OnTraps(IReadOnlyList<int> trapIds, IReadOnlyList<string>? qubitIds) => Dimensions == 3
        ? Register.FromCoordinates(trapIds.Select(t => Coordinates[t]).ToList(), qubitIds)
        : Register.FromCoordinates(trapIds.Select(t => Traps[t]).ToList(), qubitIds);

    /// <summary>
    /// A mappable register of <paramref name="count"/> qubits <c>{prefix}0..{prefix}N-1</c> whose traps each job chooses
    /// (Pulser's <c>make_mappable_register</c>; the job's <c>qubits</c> map places them).
    /// </summary>
    public MappableRegister MakeMappable(int count, string prefix = "q")
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var v = new List<Violation>();
        if (count < 1 || count > TrapCount)
        {
            v.Add(Violation.Rule("count", count.ToString(CultureInfo.InvariantCulture), $"must be 1..{TrapCount}: the layout has {TrapCount} traps"));
        }

        ExperimentValidationException.ThrowIfAny(v);
        return MakeMappable(Enumerable.Range(0, count).Select(i => prefix + i.ToString(CultureInfo.InvariantCulture)).ToList());
    }

    /// <summary>
    /// A mappable register of the qubits <paramref name="qubitIds"/>, optionally with a default trap each
    /// (<paramref name="defaultTraps"/>, Pulser's <c>default_trap</c>: used when a job gives no <c>qubits</c> map).
    /// </summary>
    /// <exception cref="ExperimentValidationException">No or repeated ids, more qubits than traps, or bad default traps.</exception>
    public MappableRegister MakeMappable(IReadOnlyList<string> qubitIds, IReadOnlyList<int>? defaultTraps = null)
    {
        ArgumentNullException.ThrowIfNull(qubitIds);
        var v = new List<Violation>();
        if (qubitIds.Count == 0 || qubitIds.Count > TrapCount)
        {
            v.Add(Violation.Rule("qubitIds", qubitIds.Count.ToString(CultureInfo.InvariantCulture), $"must be 1..{TrapCount} ids: the layout has {TrapCount} traps"));
        }

        foreach (var duplicate in qubitIds.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            v.Add(Violation.Rule("qubitIds", duplicate.Key, "is used more than once"));
        }

        if (defaultTraps is not null)
        {
            if (defaultTraps.Count != qubitIds.Count)
            {
                v.Add(Violation.Rule("defaultTraps", defaultTraps.Count.ToString(CultureInfo.InvariantCulture), $"traps were given for {qubitIds.Count} qubits: give one per qubit"));
            }

            v.AddRange(CheckTraps(defaultTraps, "defaultTraps"));
        }

        ExperimentValidationException.ThrowIfAny(v);
        return new MappableRegister(this, qubitIds.ToList(), defaultTraps?.ToList());
    }

    /// <summary>Whether <paramref name="other"/> has the same traps (to 1e-6 µm).</summary>
    internal bool SameTraps(RegisterLayout other) =>
        other.Coordinates.Count == Coordinates.Count && other.Dimensions == Dimensions
        && Coordinates.Zip(other.Coordinates).All(p => Math.Abs(p.First.X - p.Second.X) <= 1e-6 && Math.Abs(p.First.Y - p.Second.Y) <= 1e-6 && Math.Abs(p.First.Z - p.Second.Z) <= 1e-6);

    private List<Violation> CheckTraps(IReadOnlyList<int> trapIds, string path)
    {
        var v = new List<Violation>();
        if (trapIds.Count == 0)
        {
            v.Add(Violation.Rule(path, "[]", "is empty: give at least one trap id"));
        }

        foreach (var t in trapIds.Where(t => t < 0 || t >= TrapCount))
        {
            v.Add(Violation.Rule(path, t.ToString(CultureInfo.InvariantCulture), $"is not a trap id of the layout (0..{TrapCount - 1})"));
        }

        foreach (var duplicate in trapIds.GroupBy(t => t).Where(g => g.Count() > 1))
        {
            v.Add(Violation.Rule(path, duplicate.Key.ToString(CultureInfo.InvariantCulture), "is used more than once: one atom per trap"));
        }

        return v;
    }
}
