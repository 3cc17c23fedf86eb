import { describe, expect, it } from 'vitest';
import { eventFigures } from './read';

/**
 * What is counted, as a careful editor names it: from the clause ("the number of X ... stands
 * at N"), from the whole a part belongs to, from "in" after a sum, and never a verb, a word
 * that counts the amount itself, or a name that starts a new clause.
 */
describe('what is counted', () => {
  it.each([
    // The clause named it: "the number of X" before a bare number.
    ['The number of residents known to be safe has not changed and stands at 200.', '200', 'residents'],
    ['Officials have compiled the number of potholes the city has filled — more than 1,786,300 — since 2014.', 'more than 1,786,300', 'potholes'],
    ['If you look at the number of Americans killed since 9/11 by terrorism, it is less than 100.', 'less than 100', 'Americans killed'],
    ['The number of confirmed cases stands at 1,200.', '1,200', 'confirmed cases'],
    ['The number of homes destroyed rose to 300.', '300', 'homes destroyed'],
    // A part counts what its whole counts.
    ['The blast hit 40 people and 12 of them died.', '12', 'people died'],
    ['Rescuers found 30 survivors and pulled 12 of them from the rubble.', '12', 'survivors'],
    ['It killed 19 people, 17 of them foreigners.', '17 of them foreigners', 'foreigners killed'],
    ['They were able to predict the choices of four of the five participants.', 'four', 'participants'],
    ['Police said 12 of the 20 victims were children.', '12', 'victims'],
    // "in" after a sum names what the money is.
    ['Included will also be $10 billion in cash.', '$10 billion', 'cash'],
    ['Within a decade, more than $900 billion in interest payments will be due annually.', 'more than $900 billion', 'interest payments'],
    ['It racked up more than $6 million in sales in January alone.', 'more than $6 million', 'sales'],
    ['It was worth $2 million in Iraq.', '$2 million', ''],
    // A share of something after "of its/their".
    ['Tourism accounts for 15 percent of its gross domestic product.', '15 percent', 'gross domestic product'],
    ['Interest will eat up 13 percent of government spending.', '13 percent', 'government spending'],
    // Points of a share are what its change is counted in.
    ['Clinton led Trump by 5 percentage points among likely voters.', '5 percentage points', 'percentage points'],
    ['The yield has risen by more than half a percentage point, to 3.1 percent.', 'more than half a percentage point', 'percentage point'],
    // A verb after a share or a sum is what people do with it, not what it is of.
    ['While 5 percent prefer Libertarian nominee Gary Johnson, 1 percent support Jill Stein.', '5 percent', ''],
    ['An additional $1.4 billion is budgeted; another $2 billion budgeted over five years.', '$2 billion', ''],
    ['The fire was 5% contained, the department said.', '5%', 'contained'],
    ['Only 52 percent of registered voters agreed.', 'Only 52 percent', 'registered voters'],
    // A word that counts the amount itself is not what the sum is for.
    ['A cashier who steals a handful of $20s is held accountable.', '$20', ''],
    ['The margin of error is 4.5 points.', '4.5 points', 'points'],
    ['The likely voter sample has a margin of error of 4.5 points.', '4.5 points', 'points'],
    ['It came ashore with maximum sustained winds of 150 mph.', '150 mph', 'mph winds'],
    ['The collapse happened at a depth of 600 metres.', '600 metres', 'metres depth'],
    // Where the counted phrase stops.
    ['Bonuses were $500 every three months.', '$500', ''],
    ['They gave $3 million apiece.', '$3 million', ''],
    ['It is 1 percent of the 100,000 retail bankers every year.', '100,000 retail bankers', 'retail bankers'],
    ['Many Americans have heard that 20 veterans commit suicide each day.', '20 veterans', 'veterans'],
    ['I had three windows open at once.', 'three windows', 'windows'],
    ['It ignores the tens of millions flowing into races.', 'tens of millions', ''],
    ['It is one of more than 300 such Prime promotions Whole Foods plans.', 'more than 300 such Prime promotions', 'Prime promotions'],
    ['It now has 11 automated Go convenience stores.', '11 automated Go convenience stores', 'automated Go convenience stores'],
    // A name with a verb after it opens a relative clause; a stop word before a noun is an adjective.
    ['It is six times the value of the cash Verizon is paying.', 'six times', 'value of the cash'],
    ['It amends two earlier pieces of national security legislation.', 'two earlier pieces', 'earlier pieces of national security legislation'],
    // An adjective of the sum is not what it is for; the noun before "of" is.
    ['There is a termination fee of $15 million payable to Verizon.', '$15 million', 'termination fee'],
    // "for" and "on" after a sum name what the money is; "on average" does not.
    ['He was accused of using $50 million for personal expenses.', '$50 million', 'personal expenses'],
    ['Mr. Trump has called for spending $1 trillion on infrastructure.', '$1 trillion', 'infrastructure'],
    ['Homes sold for $300,000 on average.', '$300,000', ''],
    // A measure joined to a compound by a hyphen names the compound.
    ['It captivated visitors with 40-foot-tall tubes.', '40-foot', 'foot tall tubes'],
    // A list of nouns after a comma is counted too; a list of names is who they are.
    ['It came from 62 individuals, companies and unions that gave more.', '62 individuals', 'individuals companies and unions'],
    ['Prosecutors charged two Vermont developers, Ariel Quiros and William Stenger, with fraud.', 'two Vermont developers', 'Vermont developers charged'],
    // Slaughter is killing.
    ['The militias slaughtered tens of thousands of civilians.', 'tens of thousands of civilians', 'civilians killed'],
  ])('%s -> %j is %j', (sentence, text, what) => {
    const figure = eventFigures(sentence).find((f) => f.text === text);
    expect(figure, eventFigures(sentence).map((f) => f.text).join(' | ')).toBeDefined();
    expect(figure!.what).toBe(what);
  });
});
