using System.Runtime.InteropServices;

namespace Bronbank.Tools.Bench;

internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";
        var memory = File.Exists("/proc/meminfo")
            ? $"{long.Parse(File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024} GiB"
            : "unknown memory";
        return $"{cpu}, {Environment.ProcessorCount} cores, {memory} RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }
}
