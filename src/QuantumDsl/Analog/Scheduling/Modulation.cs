using System.Numerics;

namespace QuantumDsl.Analog;

/// <summary>
/// Pulser's output-modulation model of a channel with a modulation bandwidth B (MHz): a Gaussian transfer function
/// exp(−f²/f_c²) with f_c = B·10⁻³/√(2 ln 2) per ns applied by FFT; the amplitude rise time is
/// round(0.48/B·10³·√2) ns; a waveform's end buffer is the first ns after it where the modulated output is within
/// 10⁻² of the input (at most the rise time).
/// </summary>
internal static class Modulation
{
    private const double MaxAllowedDiff = 1e-2;

    public static int RiseTime(double modBandwidthMHz) => modBandwidthMHz > 0
        ? (int)Math.Round(0.48 / modBandwidthMHz * 1e3 * Math.Sqrt(2), MidpointRounding.ToEven)
        : 0;

    /// <summary>The input padded with <paramref name="padding"/> zeros each side, then filtered.</summary>
    public static double[] Modulate(double[] input, double modBandwidthMHz, int padding)
    {
        var n = input.Length + (2 * padding);
        var x = new Complex[n];
        for (var i = 0; i < input.Length; i++)
        {
            x[padding + i] = input[i];
        }

        var fc = modBandwidthMHz * 1e-3 / Math.Sqrt(2 * Math.Log(2));
        var spectrum = Fft.Forward(x);
        for (var k = 0; k < n; k++)
        {
            var f = (k <= (n - 1) / 2 ? k : k - n) / (double)n;
            spectrum[k] *= Math.Exp(-(f * f) / (fc * fc));
        }

        return Fft.Inverse(spectrum).Select(c => c.Real).ToArray();
    }

    /// <summary>Pulser's <c>modulation_buffers(channel)[1]</c>: the end buffer of <paramref name="samples"/> (ns).</summary>
    public static int EndBuffer(double[] samples, double modBandwidthMHz)
    {
        var tr = RiseTime(modBandwidthMHz);
        if (tr == 0)
        {
            return 0;
        }

        var modulated = Modulate(samples, modBandwidthMHz, tr);
        var n = modulated.Length;
        for (var j = 0; j < tr; j++)
        {
            var k = n - tr + j;
            var input = k - tr < samples.Length ? samples[k - tr] : 0;
            if (Math.Abs(input - modulated[k]) <= MaxAllowedDiff)
            {
                return j;
            }
        }

        return tr;
    }
}
