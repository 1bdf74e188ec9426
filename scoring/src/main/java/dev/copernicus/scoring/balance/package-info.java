/** The outside-in versus inside-out balance of a plan: {@link dev.copernicus.scoring.balance.BalanceAnalyzer}. */
package dev.copernicus.scoring.balance;
