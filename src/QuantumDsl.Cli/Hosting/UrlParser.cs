using System.CommandLine.Parsing;

namespace QuantumDsl.Cli.Hosting;

/// <summary>Parses absolute http(s) URL option values, with an error naming the option and the value.</summary>
internal static class UrlParser
{
    public static Uri? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return url;
        }

        var option = (result.Parent as OptionResult)?.Option.Name ?? "url";
        result.AddError($"{option} '{text}' is not an absolute http(s) URL");
        return null;
    }
}
