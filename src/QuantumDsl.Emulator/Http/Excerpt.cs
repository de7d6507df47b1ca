using System.Globalization;

namespace QuantumDsl.Emulator.Http;

/// <summary>
/// Short excerpts of client input for error messages: an error names the field, the limit and a recognisable part of
/// the value, never the whole of a large one.
/// </summary>
internal static class Excerpt
{
    /// <summary>Longest part of a value quoted in an error.</summary>
    public const int ValueChars = 64;

    /// <summary>Longest error message (or location part) sent; longer ones are cut.</summary>
    public const int MessageChars = 1024;

    /// <summary><paramref name="value"/> itself when short, else its first <see cref="ValueChars"/> characters and its length.</summary>
    public static string Of(string? value) =>
        value is null ? "null"
        : value.Length <= ValueChars ? value
        : string.Create(CultureInfo.InvariantCulture, $"{value[..ValueChars]}… ({value.Length} characters)");

    /// <summary>A whole message, cut at <see cref="MessageChars"/> as a last guard.</summary>
    public static string Cap(string message) =>
        message.Length <= MessageChars
            ? message
            : string.Create(CultureInfo.InvariantCulture, $"{message[..MessageChars]}… (message cut, {message.Length} characters)");
}
