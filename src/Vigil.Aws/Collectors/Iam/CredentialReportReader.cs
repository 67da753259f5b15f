using System.Text;
using Vigil.Aws.Execution;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.Iam;

/// <summary>Asks IAM for a fresh credential report (GenerateCredentialReport until its state is COMPLETE, at most
/// every poll interval) and reads it.</summary>
internal sealed class CredentialReportReader(TimeProvider time, TimeSpan pollInterval, int maxPolls)
{
    public static CredentialReportReader Default { get; } = new(TimeProvider.System, TimeSpan.FromSeconds(2), 60);

    public async Task<IReadOnlyList<CredentialReportRow>> ReadAsync(AwsClient client, string region, CancellationToken cancellationToken)
    {
        for (var poll = 1; ; poll++)
        {
            var state = (await client.CallAsync("iam", "GenerateCredentialReport", null, region, cancellationToken).ConfigureAwait(false)).Text("State");
            if (state == "COMPLETE") break;
            if (poll >= maxPolls)
            {
                throw new AwsServiceException("iam", region, "GenerateCredentialReport", "ReportInProgress",
                    $"the credential report was still {state} after {maxPolls} requests", 0, null);
            }
            await Task.Delay(pollInterval, time, cancellationToken).ConfigureAwait(false);
        }

        var report = await client.CallAsync("iam", "GetCredentialReport", null, region, cancellationToken).ConfigureAwait(false);
        var content = report.Text("Content") ?? throw new AwsServiceException("iam", region, "GetCredentialReport", "InvalidResponse", "the report has no Content", 0, null);
        try
        {
            return CredentialReportCsv.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(content)));
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            throw new AwsServiceException("iam", region, "GetCredentialReport", "InvalidResponse", e.Message, 0, null, e);
        }
    }
}
