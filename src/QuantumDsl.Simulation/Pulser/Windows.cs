namespace QuantumDsl.Simulation.Pulser;

/// <summary>The window functions of NumPy that Pulser's Blackman and Kaiser waveforms are built from.</summary>
internal static class Windows
{
    /// <summary><c>np.blackman(m)</c>, clipped at 0 like Pulser.</summary>
    public static double[] Blackman(int m)
    {
        var w = new double[m];
        if (m == 1)
        {
            w[0] = 1;
            return w;
        }
        for (var k = 0; k < m; k++)
            w[k] = Math.Max(0, 0.42 - 0.5 * Math.Cos(2 * Math.PI * k / (m - 1)) + 0.08 * Math.Cos(4 * Math.PI * k / (m - 1)));
        return w;
    }

    /// <summary><c>np.kaiser(m, beta)</c>.</summary>
    public static double[] Kaiser(int m, double beta)
    {
        var w = new double[m];
        if (m == 1)
        {
            w[0] = 1;
            return w;
        }
        var i0Beta = BesselI0(beta);
        for (var k = 0; k < m; k++)
        {
            var r = 2.0 * k / (m - 1) - 1;
            w[k] = BesselI0(beta * Math.Sqrt(Math.Max(0, 1 - r * r))) / i0Beta;
        }
        return w;
    }

    /// <summary>Modified Bessel function I0 by its power series (converges for all x; fine for beta ≲ 50).</summary>
    private static double BesselI0(double x)
    {
        var sum = 1.0;
        var term = 1.0;
        var q = x * x / 4;
        for (var k = 1; k < 500; k++)
        {
            term *= q / ((double)k * k);
            sum += term;
            if (term < 1e-17 * sum)
                break;
        }
        return sum;
    }
}
