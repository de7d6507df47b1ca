using System.Globalization;
using System.Text.Json;

namespace QuantumDsl.Simulation.Pulser;

/// <summary>
/// Samples Pulser waveforms once per nanosecond, as Pulser does (<c>Waveform.samples</c>): constant, ramp,
/// blackman, blackman_max, interpolated (PCHIP over fractional times), kaiser, kaiser_max, composite, custom.
/// </summary>
internal sealed class WaveformSampler(ExpressionEvaluator eval)
{
    /// <summary>Whether the waveform keeps its shape parameters when stretched to a new duration (Pulser's <c>with_new_duration</c>).</summary>
    public static bool CanChangeDuration(JsonElement wf) =>
        Kind(wf, "") is "constant" or "ramp" or "blackman" or "blackman_max" or "interpolated" or "kaiser" or "kaiser_max";

    /// <summary>The waveform's samples; <paramref name="newDuration"/> re-samples it with the same shape parameters.</summary>
    public double[] Sample(JsonElement wf, string path, int? newDuration = null)
    {
        var kind = Kind(wf, path);
        switch (kind)
        {
            case "constant":
            {
                var value = eval.Scalar(Get(wf, "value", path), path + ".value");
                var samples = new double[newDuration ?? Duration(wf, path, allowZero: true)];
                Array.Fill(samples, value);
                return samples;
            }
            case "ramp":
            {
                var d = newDuration ?? Duration(wf, path);
                var start = eval.Scalar(Get(wf, "start", path), path + ".start");
                var stop = eval.Scalar(Get(wf, "stop", path), path + ".stop");
                var samples = new double[d];
                var slope = d > 1 ? (stop - start) / (d - 1) : 0;
                var (lo, hi) = (Math.Min(start, stop), Math.Max(start, stop));
                for (var k = 0; k < d; k++)
                    samples[k] = Math.Clamp(start + slope * k, lo, hi);
                return samples;
            }
            case "blackman":
                return Blackman(newDuration ?? Duration(wf, path), eval.Scalar(Get(wf, "area", path), path + ".area"));
            case "blackman_max":
            {
                var area = eval.Scalar(Get(wf, "area", path), path + ".area");
                var maxVal = eval.Scalar(Get(wf, "max_val", path), path + ".max_val");
                return Blackman(newDuration ?? BlackmanDurationFromMax(maxVal, area, path), area);
            }
            case "kaiser":
                return Kaiser(newDuration ?? Duration(wf, path), eval.Scalar(Get(wf, "area", path), path + ".area"), Beta(wf, path));
            case "kaiser_max":
            {
                var area = eval.Scalar(Get(wf, "area", path), path + ".area");
                var maxVal = eval.Scalar(Get(wf, "max_val", path), path + ".max_val");
                var beta = Beta(wf, path);
                return Kaiser(newDuration ?? KaiserDurationFromMax(maxVal, area, beta, path), area, beta);
            }
            case "interpolated":
                return Interpolated(wf, path, newDuration ?? Duration(wf, path));
            case "composite":
            {
                var parts = Get(wf, "waveforms", path);
                if (parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() == 0)
                    throw new PulserSequenceException(path + ".waveforms", "expected a non-empty array of waveforms");
                var samples = new List<double>();
                var i = 0;
                foreach (var part in parts.EnumerateArray())
                    samples.AddRange(Sample(part, $"{path}.waveforms[{i++}]"));
                return [.. samples];
            }
            case "custom":
            {
                var samples = eval.Array(Get(wf, "samples", path), path + ".samples");
                return samples.Length > 0 ? samples : throw new PulserSequenceException(path + ".samples", "expected at least one sample");
            }
            default:
                throw new PulserSequenceException(path + ".kind",
                    $"waveform kind '{kind}' is not supported by the emulator (supported: constant, ramp, blackman, blackman_max, interpolated, kaiser, kaiser_max, composite, custom)");
        }
    }

    public int Duration(JsonElement wf, string path, bool allowZero = false)
    {
        var d = eval.Integer(Get(wf, "duration", path), path + ".duration");
        return d > 0 || (allowZero && d == 0)
            ? d
            : throw new PulserSequenceException(path + ".duration", $"duration {d} ns must be a positive integer");
    }

    private static string Kind(JsonElement wf, string path) =>
        wf.ValueKind == JsonValueKind.Object && wf.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String
            ? k.GetString()!
            : throw new PulserSequenceException(path, "expected a waveform object with a 'kind'");

    private static JsonElement Get(JsonElement wf, string key, string path) =>
        wf.TryGetProperty(key, out var v) ? v : throw new PulserSequenceException(path, $"waveform '{Kind(wf, path)}' needs '{key}'");

    private double Beta(JsonElement wf, string path) =>
        wf.TryGetProperty("beta", out var b) ? eval.Scalar(b, path + ".beta") : 14.0;

    private static double[] Blackman(int duration, double area) => Scaled(Windows.Blackman(duration), area);

    private static double[] Kaiser(int duration, double area, double beta) => Scaled(Windows.Kaiser(duration, beta), area);

    /// <summary>Pulser: samples = window · area / Σwindow · 1e3 (area in rad, values in rad/µs, 1 sample per ns).</summary>
    private static double[] Scaled(double[] window, double area)
    {
        var scale = area / window.Sum() * 1e3;
        for (var k = 0; k < window.Length; k++)
            window[k] *= scale;
        return window;
    }

    /// <summary>Pulser's <c>BlackmanWaveform.from_max_val</c>: shortest duration whose peak stays within max_val.</summary>
    private static int BlackmanDurationFromMax(double maxVal, double area, string path)
    {
        if (Math.Sign(maxVal) != Math.Sign(area) || area == 0)
            throw new PulserSequenceException(path, "blackman_max: max_val and area must be non-zero with matching signs");
        (maxVal, area) = (Math.Abs(maxVal), Math.Abs(area));
        var duration = (int)Math.Ceiling(area / (0.42 * maxVal) * 1e3);
        int? previous = null;
        while (area / Windows.Blackman(duration).Sum() * 1e3 > maxVal)
        {
            previous = duration;
            duration++;
        }
        if (previous is int p && duration % 2 == 1)
        {
            var peak = Blackman(duration, area).Max();
            var previousPeak = Blackman(p, area).Max();
            if (peak < previousPeak && previousPeak <= maxVal)
                return p;
        }
        return duration;
    }

    /// <summary>Pulser's <c>KaiserWaveform.from_max_val</c>.</summary>
    private static int KaiserDurationFromMax(double maxVal, double area, double beta, string path)
    {
        if (Math.Sign(maxVal) != Math.Sign(area) || area == 0)
            throw new PulserSequenceException(path, "kaiser_max: max_val and area must be non-zero with matching signs");
        (maxVal, area) = (Math.Abs(maxVal), Math.Abs(area));
        double Peak(int d)
        {
            var w = Windows.Kaiser(d, beta);
            return w.Max() * 1000 * area / w.Sum();
        }
        var ratio = maxVal * Windows.Kaiser(100, beta).Sum() / 100;
        var guess = (int)(area * 1000.0 / ratio);
        if (guess < 11)
        {
            var (best, bestPeak) = (0, 0.0);
            for (var d = 1; d < 16; d++)
            {
                var peak = Peak(d);
                if (bestPeak < peak && peak <= maxVal)
                    (best, bestPeak) = (d, peak);
            }
            return best > 0 ? best : throw new PulserSequenceException(path, "kaiser_max: no duration reaches the area within max_val");
        }
        var step = Peak(guess) >= maxVal ? 1 : -1;
        var duration = guess;
        var value = Peak(guess);
        while (Math.Sign(value - maxVal) == step)
        {
            duration += step;
            value = Peak(duration);
        }
        return step == 1 ? duration : duration + 1;
    }

    private double[] Interpolated(JsonElement wf, string path, int duration)
    {
        var values = eval.Array(Get(wf, "values", path), path + ".values");
        var times = wf.TryGetProperty("times", out var t)
            ? eval.Array(t, path + ".times")
            : Enumerable.Range(0, values.Length).Select(i => values.Length == 1 ? 0.0 : (double)i / (values.Length - 1)).ToArray();
        if (duration < 2)
            throw new PulserSequenceException(path + ".duration", $"interpolated waveform needs a duration of at least 2 ns, got {duration}");
        if (values.Length < 2)
            throw new PulserSequenceException(path + ".values", $"interpolated waveform needs at least 2 values, got {values.Length}");
        if (times.Length != values.Length)
            throw new PulserSequenceException(path + ".times", $"{times.Length} times for {values.Length} values; the sizes must match");
        for (var i = 0; i < times.Length; i++)
        {
            if (times[i] is < 0 or > 1)
                throw new PulserSequenceException($"{path}.times[{i}]", $"time {times[i].ToString(CultureInfo.InvariantCulture)} is outside [0, 1]");
            if (i > 0 && times[i] <= times[i - 1])
                throw new PulserSequenceException($"{path}.times[{i}]", "times must be strictly increasing");
        }
        var x = times.Select(f => f * (duration - 1)).ToArray();
        var samples = Pchip.Evaluate(x, values, duration);
        var (lo, hi) = (values.Min(), values.Max());
        for (var k = 0; k < samples.Length; k++)
            samples[k] = Math.Clamp(samples[k], lo, hi);
        return samples;
    }
}
