using Vigil.Core.Model;
using Vigil.Core.Model.Iam;
using Vigil.Importers.Detection;

namespace Vigil.Importers.IamAuthorizationDetails;

/// <summary>The user properties that neither GetAccountAuthorizationDetails nor AWS Config's IAM user item holds,
/// and the call that reads each.</summary>
internal static class UserCredentials
{
    /// <summary>The user with its credentials recorded as not in the export; <paramref name="source"/> names what
    /// was exported ("the authorization details", "AWS Config's IAM user item").</summary>
    public static IamUser MarkMissing(IamUser user, string export, string source, ICollection<CollectionError> errors) =>
        NotInExport.Mark(user,
        [
            (nameof(IamUser.AccessKeys), "iam", "ListAccessKeys", $"{source} holds no access keys"),
            (nameof(IamUser.MfaDevices), "iam", "ListMFADevices", $"{source} holds no MFA devices"),
            (nameof(IamUser.HasConsolePassword), "iam", "GetCredentialReport", $"{source} does not say whether the user has a console password"),
            (nameof(IamUser.PasswordLastUsed), "iam", "GetCredentialReport", $"{source} does not say when the console password was last used"),
        ], export, errors);
}
