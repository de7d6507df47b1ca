using System.Globalization;

namespace QuantumDsl.Analog;

/// <summary>
/// C6/ħ (rad·µs⁻¹·µm⁶) by Rydberg level n = 50..100, as data from Pulser
/// (pasqal-io/Pulser, commit 76ac2d1, pulser-core/pulser/devices/interaction_coefficients/C6_coeffs.json).
/// Used for device objects read from JSON (Pulser's device schema gives only <c>rydberg_level</c>).
/// </summary>
internal static class C6Coefficients
{
    public const int MinLevel = 50;
    public const int MaxLevel = 100;

    private static readonly double[] Table =
    [
        96120.72, 122241.6, 154693.02, 194740.36, 243973.91, 304495.01,
        378305.98, 468027.05, 576714.85, 707911.38, 865723.02, 1054903.11,
        1281042.11, 1550531.15, 1870621.31, 2249728.57, 2697498.69, 3224987.51,
        3844734.37, 4571053.32, 5420158.53, 6410399.4, 7562637.31, 8900342.14,
        10449989.62, 12241414.53, 14308028.03, 16687329.94, 19421333.62, 22557029.94,
        26146720.74, 30248886.65, 34928448.69, 40257623.67, 46316557.88, 53194043.52,
        60988354.64, 69808179.15, 79773468.88, 91016513.07, 103677784.57, 117933293.96,
        133943541.9, 151907135.94, 172036137.34, 194562889.89, 219741590.56, 247850178.91,
        279192193.77, 314098829.39, 352931119.11,
    ];

    public static double ForLevel(int level, string path) =>
        level is >= MinLevel and <= MaxLevel
            ? Table[level - MinLevel]
            : throw new AbstractReprException(path,
                $"rydberg_level {level.ToString(CultureInfo.InvariantCulture)} has no C6 coefficient in Pulser's table (levels {MinLevel}..{MaxLevel})");
}
