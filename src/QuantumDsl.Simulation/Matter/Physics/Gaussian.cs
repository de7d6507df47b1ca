namespace QuantumDsl.Simulation.Matter.Physics;

/// <summary>Standard normal deviates from a seeded <see cref="Random"/> (Box–Muller).</summary>
internal static class Gaussian
{
    public static double Next(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
