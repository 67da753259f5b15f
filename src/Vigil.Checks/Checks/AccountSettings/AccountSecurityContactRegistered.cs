using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

// Not "...Checks.Account": a namespace of that name would shadow the Account record in every sibling check namespace.
namespace Vigil.Checks.Checks.AccountSettings;

internal sealed class AccountSecurityContactRegistered : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "account-security-contact-registered",
        Title = "The account has a security alternate contact registered",
        Severity = Severity.Medium,
        Service = "account",
        Domain = Domain.Governance,
        Risk = "Without a security contact, AWS's notices about abuse, compromised credentials or vulnerabilities go only to the root e-mail address, which may be unmonitored.",
        Remediation = new()
        {
            Text = "Register a security alternate contact with a monitored team mailbox and phone number (from the account or, for all accounts, from the organization's management account).",
            Cli = "aws account put-alternate-contact --alternate-contact-type SECURITY --name \"Security team\" --title \"Security\" --email-address security@example.com --phone-number +1-555-0100",
            Terraform = """
                resource "aws_account_alternate_contact" "security" {
                  alternate_contact_type = "SECURITY"
                  name                   = "Security team"
                  title                  = "Security"
                  email_address          = "security@example.com"
                  phone_number           = "+1-555-0100"
                }
                """,
            CloudFormation = "# CloudFormation has no resource for alternate contacts; use the CLI, Terraform or the AWS Organizations console.",
            Url = "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["SecurityContact"];

    public override CheckOutcome Evaluate(Account account, CheckContext context) => account.SecurityContact switch
    {
        null => CheckOutcome.Error($"The security contact of account {account.AccountId} was not collected."),
        { IsRegistered: true } contact => Pass($"Account {account.AccountId} has the security contact {contact.EmailAddress} registered."),
        _ => Fail($"Account {account.AccountId} has no security alternate contact registered."),
    };
}
