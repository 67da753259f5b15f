using Vigil.Core.Engine;

namespace Vigil.Reports;

/// <summary>One output format. Writers never throw for content: everything from the account is data.</summary>
public interface IReportWriter
{
    /// <summary>The --format name.</summary>
    string Format { get; }

    /// <summary>File extension for --output-dir, with the dot.</summary>
    string Extension { get; }

    Task WriteAsync(ReportInput input, Stream output, CancellationToken cancellationToken);
}
