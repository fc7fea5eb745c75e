namespace Bronbank.Domain.Requests;

/// <summary>Where a help request came from: the walk-in hour, a GP, the district team, the resident, a partner.</summary>
public enum RequestSource
{
    WalkIn,
    GeneralPractitioner,
    DistrictTeam,
    Resident,
    PartnerOrganisation,
}

/// <summary>How a coordinator closed a help request by hand.</summary>
public enum RequestClosure
{
    Helped,
    NoLongerNeeded,
    Referred,
    NoVolunteerFound,
    Other,
}
