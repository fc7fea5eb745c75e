using Bronbank.Web.Infrastructure;
using Bronbank.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Tasks;

[Authorize(Policy = Policies.Coordination)]
public sealed class TasksPageModel(TaskList tasks) : PageModel
{
    public TaskGroups Tasks { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Tasks = await tasks.LoadAsync(ct);
}
