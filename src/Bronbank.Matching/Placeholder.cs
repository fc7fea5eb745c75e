namespace Bronbank.Matching;
