using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>Writes waveforms as Pulser's <c>Waveform</c> objects (<c>kind</c> + parameters).</summary>
internal static class WaveformJson
{
    public static void Write(Utf8JsonWriter w, string property, Waveform waveform)
    {
        w.WritePropertyName(property);
        Write(w, waveform);
    }

    public static void Write(Utf8JsonWriter w, Waveform waveform)
    {
        w.WriteStartObject();
        switch (waveform)
        {
            case ConstantWaveform c:
                w.WriteString("kind", "constant");
                ExprJson.Write(w, "duration", c.FollowsPulse ? 0 : c.Duration);
                ExprJson.Write(w, "value", c.Value);
                break;
            case RampWaveform r:
                w.WriteString("kind", "ramp");
                ExprJson.Write(w, "duration", r.Duration);
                ExprJson.Write(w, "start", r.Start);
                ExprJson.Write(w, "stop", r.Stop);
                break;
            case BlackmanWaveform b:
                w.WriteString("kind", "blackman");
                ExprJson.Write(w, "duration", b.Duration);
                ExprJson.Write(w, "area", b.Area);
                break;
            case BlackmanMaxWaveform m:
                w.WriteString("kind", "blackman_max");
                ExprJson.Write(w, "max_val", m.MaxValue);
                ExprJson.Write(w, "area", m.Area);
                break;
            case InterpolatedWaveform i:
                w.WriteString("kind", "interpolated");
                ExprJson.Write(w, "duration", i.Duration);
                w.WritePropertyName("values");
                i.Values.Write(w);
                w.WritePropertyName("times");
                i.Times.Write(w);
                break;
            case KaiserWaveform k:
                w.WriteString("kind", "kaiser");
                ExprJson.Write(w, "duration", k.Duration);
                ExprJson.Write(w, "area", k.Area);
                ExprJson.Write(w, "beta", k.Beta);
                break;
            case KaiserMaxWaveform km:
                w.WriteString("kind", "kaiser_max");
                ExprJson.Write(w, "max_val", km.MaxValue);
                ExprJson.Write(w, "area", km.Area);
                ExprJson.Write(w, "beta", km.Beta);
                break;
            case CustomWaveform custom:
                w.WriteString("kind", "custom");
                Numbers(w, "samples", custom.SampleValues);
                break;
            case CompositeWaveform composite:
                w.WriteString("kind", "composite");
                w.WriteStartArray("waveforms");
                foreach (var part in composite.Parts)
                {
                    Write(w, part);
                }

                w.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"Unknown waveform type {waveform.GetType().Name}.");
        }

        w.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter w, string property, IReadOnlyList<double> values)
    {
        w.WriteStartArray(property);
        foreach (var value in values)
        {
            w.Number(value);
        }

        w.WriteEndArray();
    }
}
