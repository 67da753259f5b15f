using Vigil.Core.Model;
using Vigil.Core.Model.Iam;
using Vigil.Importers.Detection;

namespace Vigil.Importers.IamAuthorizationDetails;

/// <summary>The user properties GetAccountAuthorizationDetails does not return, and the call that reads each.</summary>
internal static class UserCredentials
{
    public static readonly IReadOnlyList<(string Property, string Service, string Operation, string Reason)> Missing =
    [
        (nameof(IamUser.AccessKeys), "iam", "ListAccessKeys", "the authorization details hold no access keys"),
        (nameof(IamUser.MfaDevices), "iam", "ListMFADevices", "the authorization details hold no MFA devices"),
        (nameof(IamUser.HasConsolePassword), "iam", "GetCredentialReport", "the authorization details do not say whether the user has a console password"),
        (nameof(IamUser.PasswordLastUsed), "iam", "GetCredentialReport", "the authorization details do not say when the console password was last used"),
    ];

    public static IamUser MarkMissing(IamUser user, string export, ICollection<CollectionError> errors) =>
        NotInExport.Mark(user, Missing, export, errors);
}
