namespace QuantumDsl.Analog;

/// <summary>
/// Derives a new trap layout from a register, as Pulser's <c>Register.with_automatic_layout</c> does: the atoms are
/// traps, and extra traps are added on a 1 µm mesh inside <c>max_radial_distance</c>, each at least
/// <c>min_atom_distance</c> from every other trap, nearest to the atoms first, until the filling (atoms / traps) is the
/// device's optimal filling (and at most its maximum filling, at least its minimum number of traps).
/// </summary>
internal static class LayoutGenerator
{
    private const double MeshResolutionUm = 1.0;

    /// <summary>The layout, or null with <paramref name="error"/> when not enough traps fit.</summary>
    public static RegisterLayout? Derive(Register register, Device device, out string? error)
    {
        error = null;
        var seeds = register.Atoms.Select(a => (a.X, a.Y)).ToList();
        var n = seeds.Count;
        var maxFilling = device.MaxLayoutFilling > 0 ? device.MaxLayoutFilling : 1.0;
        var optimal = device.OptimalLayoutFilling > 0 ? Math.Min(device.OptimalLayoutFilling, maxFilling) : maxFilling;
        var minTraps = Math.Max((int)Math.Ceiling(n / maxFilling), device.MinLayoutTraps);
        var target = Math.Max((int)Math.Round(n / optimal, MidpointRounding.ToEven), minTraps);
        if (device.MaxLayoutTraps > 0)
        {
            target = Math.Min(target, device.MaxLayoutTraps);
        }

        var radius = device.MaxRadialDistanceUm > 0
            ? device.MaxRadialDistanceUm
            : Math.Max(seeds.Max(s => Math.Sqrt((s.X * s.X) + (s.Y * s.Y))) + (4 * Math.Max(device.MinAtomDistanceUm, 1)), 10);
        var minDistance = device.MinAtomDistanceUm;
        var candidates = Mesh(radius);

        // Nearest distance of each candidate to an atom (fixed) and whether it is still free (far from every trap).
        var toSeed = new double[candidates.Count];
        var free = new bool[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            toSeed[c] = seeds.Min(s => Distance(candidates[c], s));
            free[c] = toSeed[c] > minDistance;
        }

        var traps = new List<(double X, double Y)>(seeds);
        while (traps.Count < target)
        {
            var best = -1;
            for (var c = 0; c < candidates.Count; c++)
            {
                if (free[c] && (best < 0 || toSeed[c] < toSeed[best]))
                {
                    best = c;
                }
            }

            if (best < 0)
            {
                if (traps.Count < minTraps)
                {
                    error = $"only {traps.Count} traps fit within {Expr.Format(radius)} µm at {Expr.Format(minDistance)} µm spacing; " +
                        $"{minTraps} are needed for {n} atoms (max_layout_filling {Expr.Format(maxFilling)})";
                    return null;
                }

                break;
            }

            var trap = candidates[best];
            traps.Add(trap);
            for (var c = 0; c < candidates.Count; c++)
            {
                free[c] = free[c] && Distance(candidates[c], trap) > minDistance;
            }
        }

        return new RegisterLayout(traps);
    }

    private static List<(double X, double Y)> Mesh(double radius)
    {
        var points = new List<(double X, double Y)>();
        var steps = (int)Math.Floor(radius / MeshResolutionUm);
        for (var i = -steps; i <= steps; i++)
        {
            for (var j = -steps; j <= steps; j++)
            {
                double x = i * MeshResolutionUm, y = j * MeshResolutionUm;
                if ((x * x) + (y * y) <= radius * radius)
                {
                    points.Add((x, y));
                }
            }
        }

        return points;
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) =>
        Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
