using System.Text;

namespace Vigil.Reports.Tests.Fixtures;

internal static class Rendered
{
    public static async Task<byte[]> Bytes(IReportWriter writer, ReportInput input)
    {
        using var buffer = new MemoryStream();
        await writer.WriteAsync(input, buffer, CancellationToken.None);
        return buffer.ToArray();
    }

    public static async Task<string> Text(IReportWriter writer, ReportInput input) => Encoding.UTF8.GetString(await Bytes(writer, input));
}
