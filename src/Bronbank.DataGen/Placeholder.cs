namespace Bronbank.DataGen;
