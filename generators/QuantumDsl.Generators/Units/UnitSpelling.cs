using System.Text;

namespace QuantumDsl.Generators.Units;

/// <summary>
/// Normalises unit spellings before they are compared (QDSL206): the ASCII <c>u</c> prefix and the Greek letter mu
/// both become the micro sign (<c>us</c> = <c>µs</c>, <c>um</c> = <c>µm</c>, <c>rad/us</c> = <c>rad/µs</c>) and
/// spaces are dropped. Everything else stays case-sensitive: <c>MHz</c> ≠ <c>mHz</c>.
/// </summary>
internal static class UnitSpelling
{
    private const char Micro = '\u00B5';

    /// <summary>The prefixed symbols that may be written with an ASCII <c>u</c> for micro.</summary>
    private static readonly string[] MicroBases = { "s", "m", "Hz", "W", "K", "T", "rad" };

    public static string Normalise(string unit)
    {
        var text = unit.Replace('\u03BC', Micro).Replace(" ", "");
        var result = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '/' or '*' or '·' or '^')
            {
                result.Append(Token(text.Substring(start, i - start)));
                if (i < text.Length)
                {
                    result.Append(text[i]);
                }

                start = i + 1;
            }
        }

        return result.ToString();
    }

    public static bool Same(string a, string b) => Normalise(a) == Normalise(b);

    private static string Token(string token)
    {
        if (token.Length > 1 && token[0] == 'u')
        {
            var rest = token.Substring(1);
            foreach (var symbol in MicroBases)
            {
                if (rest == symbol)
                {
                    return Micro + rest;
                }
            }
        }

        return token;
    }
}
