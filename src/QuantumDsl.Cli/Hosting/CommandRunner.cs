using System.Globalization;
using System.Text.Json;
using QuantumDsl.Client;

namespace QuantumDsl.Cli.Hosting;

/// <summary>
/// Runs a command body and turns every expected error into one line on stderr (<c>error: …</c>) and its exit code:
/// <see cref="ExitCodes.NotSuccessful"/> when the body finished but a job it waited for did not succeed,
/// <see cref="ExitCodes.Interrupted"/> once the run's token is cancelled, else <see cref="ExitCodes.Error"/>.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(CliEnvironment environment, Func<Task<int>> body, CancellationToken cancellationToken)
    {
        string message;
        var code = ExitCodes.Error;
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (NotSuccessfulException e)
        {
            message = e.Message;
            code = ExitCodes.NotSuccessful;
        }
        catch (QuantumServiceException e) when (e.IsUnreachable)
        {
            message = e.Message; // names the URL and the cause (refused, unresolvable, timed out): there is no HTTP status
        }
        catch (QuantumServiceException e)
        {
            message = string.Create(CultureInfo.InvariantCulture,
                $"{e.Operation} failed with HTTP {e.Status}{(string.IsNullOrWhiteSpace(e.ServiceMessage) ? "" : ": " + Readable(e.ServiceMessage))}");
        }
        catch (ExperimentValidationException e)
        {
            message = "invalid: " + string.Join("; ", e.Violations.Select(v => v.Message));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            message = "interrupted";
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            message = "the service did not answer in time: " + e.Message;
        }
        catch (JsonException e)
        {
            message = $"the service's answer is not the expected JSON at {e.Path ?? "$"}: {e.Message}";
        }
        catch (ArgumentException e) when (e.ParamName is not null)
        {
            message = e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal); // the user gave no parameter
        }
        catch (Exception e) when (e is CliException or ArgumentException or IOException or InvalidDataException or FormatException
            or HttpRequestException or UnauthorizedAccessException or InvalidOperationException or System.Net.HttpListenerException)
        {
            message = e.Message;
        }

        await environment.Error.WriteLineAsync("error: " + OneLine(message)).ConfigureAwait(false);
        return cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted : code;
    }

    /// <summary>FastAPI validation details (<c>[{"loc":…,"msg":…}]</c>) as their messages; anything else unchanged.</summary>
    private static string Readable(string serviceMessage)
    {
        if (!serviceMessage.StartsWith('['))
        {
            return serviceMessage;
        }

        try
        {
            using var details = JsonDocument.Parse(serviceMessage);
            var messages = details.RootElement.EnumerateArray()
                .Select(d => d.ValueKind == JsonValueKind.Object && d.TryGetProperty("msg", out var msg) ? msg.GetString() : null)
                .ToList();
            return messages.Count > 0 && messages.All(m => m is not null) ? string.Join("; ", messages) : serviceMessage;
        }
        catch (JsonException)
        {
            return serviceMessage;
        }
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
