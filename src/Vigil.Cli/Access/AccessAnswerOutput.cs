using Vigil.Core;

namespace Vigil.Cli.Access;

/// <summary>Writes an access answer, rendered into a buffer, to standard output or to the -o file.</summary>
internal static class AccessAnswerOutput
{
    public static async Task WriteAsync(Func<Stream, Task> render, string? outputFile, TextWriter output, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await render(buffer);
        if (outputFile is null)
        {
            buffer.Position = 0;
            using var reader = new StreamReader(buffer);
            await output.WriteAsync(await reader.ReadToEndAsync(cancellationToken));
            await output.FlushAsync(cancellationToken);
            return;
        }

        try
        {
            await File.WriteAllBytesAsync(outputFile, buffer.ToArray(), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException($"{outputFile}: cannot write the answer: {e.Message}");
        }
    }

    /// <summary>Whether the answer goes to a terminal (colours and its width) rather than a file or pipe.</summary>
    public static bool ToTerminal(string? outputFile, TextWriter output) =>
        outputFile is null && !Console.IsOutputRedirected && output == Console.Out;
}
