using Vigil.Core.Checks;
using Vigil.Core.Model.CloudTrail;

namespace Vigil.Checks.Checks.CloudTrail;

internal sealed class CloudTrailLogFileValidationEnabled : Check<Trail>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudtrail-log-file-validation-enabled",
        Title = "CloudTrail trails have log file integrity validation enabled",
        Severity = Severity.Medium,
        Service = "cloudtrail",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without log file validation there are no signed digest files, so an attacker who can write to the log bucket can alter or delete log files without the tampering being provable.",
        Remediation = new()
        {
            Text = "Enable log file validation on the trail; CloudTrail then delivers a signed digest file every hour that proves whether log files were changed.",
            Cli = "aws cloudtrail update-trail --name TRAIL_NAME --enable-log-file-validation",
            Terraform = """
                resource "aws_cloudtrail" "this" {
                  # ...
                  enable_log_file_validation = true
                }
                """,
            CloudFormation = """
                Trail:
                  Type: AWS::CloudTrail::Trail
                  Properties:
                    EnableLogFileValidation: true
                """,
            Url = "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["LogFileValidationEnabled"];

    public override CheckOutcome Evaluate(Trail trail, CheckContext context) => trail.LogFileValidationEnabled
        ? Pass($"Trail {trail.Name} has log file validation enabled.")
        : Fail($"Trail {trail.Name} does not have log file validation enabled.");
}
