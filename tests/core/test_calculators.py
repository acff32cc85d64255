"""The money arithmetic behind the negotiation plan, on worked examples."""

from decimal import Decimal as D

from cases.core.calculators import (
    MAX_PLAN_MONTHS,
    annual_cost,
    interest_check,
    monthly_plan,
    to_fen,
)
from cases.core.rules import LICENSED_COST_LINE, PRIVATE_LENDING_CAP


def test_it_rounds_half_up_to_the_fen():
    assert to_fen(D("0.005")) == D("0.01")
    assert to_fen(D("1.004")) == D("1.00")
    assert to_fen(D("2.675")) == D("2.68")


def test_it_pays_the_budget_each_month_and_the_rest_in_the_last():
    plan = monthly_plan(D("2356.80"), D("1000"))
    assert plan.months == 3
    assert [(p.month, p.amount, p.remaining) for p in plan.payments] == [
        (1, D("1000.00"), D("1356.80")),
        (2, D("1000.00"), D("356.80")),
        (3, D("356.80"), D("0.00")),
    ]
    assert plan.fits and plan.shortfall is None
    assert sum(p.amount for p in plan.payments) == D("2356.80")


def test_it_needs_exactly_n_months_when_the_budget_divides_the_total():
    plan = monthly_plan(D("3000"), D("1000"))
    assert plan.months == 3
    assert plan.payments[-1].amount == D("1000.00")


def test_a_budget_larger_than_the_debt_pays_it_in_one_month():
    plan = monthly_plan(D("500"), D("800"))
    assert plan.months == 1
    assert plan.payments[0].amount == D("500.00")


def test_a_zero_budget_cannot_cover_anything_and_says_how_much_is_missing():
    plan = monthly_plan(D("6000"), D("0"))
    assert plan.months is None
    assert not plan.fits
    assert plan.payments == ()
    assert plan.shortfall == D("100.00")  # 6000 over 60 months


def test_a_budget_that_needs_more_than_five_years_has_no_table_and_a_shortfall():
    plan = monthly_plan(D("100000"), D("1000"))
    assert plan.months == 100
    assert plan.max_months == MAX_PLAN_MONTHS.value == 60
    assert plan.payments == ()
    assert plan.shortfall == D("666.67")  # 100000 / 60 = 1666.67 a month, rounded up


def test_a_huge_amount_is_handled_exactly():
    plan = monthly_plan(D("99999999.99"), D("1700000"))
    assert plan.months == 59
    assert sum(p.amount for p in plan.payments) == D("99999999.99")
    assert plan.payments[-1].remaining == D("0.00")


def test_nothing_to_repay_needs_no_months():
    plan = monthly_plan(D("0"), D("500"))
    assert plan.months == 0 and plan.payments == () and plan.fits


def test_missing_or_negative_values_give_no_plan():
    assert monthly_plan(None, D("500")) is None
    assert monthly_plan(D("500"), None) is None
    assert monthly_plan(D("-1"), D("500")) is None


def test_the_longest_plan_can_be_shorter_when_asked():
    plan = monthly_plan(D("1200"), D("100"), max_months=6)
    assert not plan.fits and plan.shortfall == D("100.00")


def test_the_annual_cost_is_worked_out_from_the_amounts_and_days():
    cost = annual_cost(principal=D("1000"), claimed=D("1100"), days=365)
    assert cost.rate == D("10.00") and cost.basis == "implied"
    assert cost.extra == D("100.00") and cost.days == 365


def test_a_short_loan_with_a_big_fee_has_a_huge_annual_cost():
    # 3000 yuan, 3600 claimed after 30 days: 20% in a month is 243.33% a year.
    cost = annual_cost(D("3000"), D("3600"), 30)
    assert cost.rate == D("243.33")


def test_zero_days_falls_back_to_the_stated_rate_or_nothing():
    assert annual_cost(D("1000"), D("1300"), 0, D("24")).basis == "stated"
    assert annual_cost(D("1000"), D("1300"), 0) is None


def test_a_claim_no_larger_than_the_principal_does_not_imply_a_rate():
    assert annual_cost(D("5000"), D("4000"), 30) is None
    assert annual_cost(D("5000"), D("5000"), 30) is None
    assert annual_cost(D("5000"), D("4000"), 30, D("18")).rate == D("18.00")


def test_missing_values_give_none_not_a_guess():
    assert annual_cost() is None
    assert annual_cost(principal=D("1000"), days=30) is None
    assert annual_cost(claimed=D("1000"), days=30) is None
    assert annual_cost(D("0"), D("100"), 30) is None


def test_the_worked_out_rate_wins_over_the_stated_one():
    cost = annual_cost(D("1000"), D("1240"), 365, D("12"))
    assert cost.rate == D("24.00") and cost.basis == "implied"


def test_the_check_compares_with_the_line_for_that_kind_of_lender():
    private = interest_check("private", stated_rate=D("18"))
    assert private.line is PRIVATE_LENDING_CAP and private.above_line and private.private_cap
    assert interest_check("bank", stated_rate=D("18")) is None  # card rates have no line (10.22)
    small_loan = interest_check("small_loan", stated_rate=D("18"))
    assert small_loan.line is LICENSED_COST_LINE and not small_loan.above_line
    unknown = interest_check(None, stated_rate=D("24"))
    assert unknown.line is LICENSED_COST_LINE and not unknown.above_line  # 24 is not above 24


def test_the_check_knows_the_criminal_line():
    assert interest_check("private", stated_rate=D("36.01")).above_criminal_line
    assert not interest_check("private", stated_rate=D("36")).above_criminal_line


def test_the_check_is_none_when_nothing_is_known():
    assert interest_check("bank") is None


def test_the_docstring_examples_of_the_documents_core_hold():
    import doctest

    from cases.core import calculators, negotiation, redact, router

    for module in (calculators, negotiation, redact, router):
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__
        assert result.attempted > 0, module.__name__


def test_it_finds_the_real_rate_of_equal_instalments_from_the_cash_flows():
    from cases.core.calculators import equal_instalments

    # 10,000 received, 12 × 983.33: the flat "18 %" people are shown is about 31.7 % a year
    assert equal_instalments(D("10000"), D("983.33"), 12) == D("31.72")


def test_it_finds_the_real_rate_of_interest_first_then_principal_with_a_fee_deducted_up_front():
    from cases.core.calculators import interest_first

    plain = interest_first(D("10000"), D("100"), 12, D("10000"))
    deducted = interest_first(D("9000"), D("100"), 12, D("10000"))  # 砍头息: 1,000 kept back
    assert plain == D("12.00")
    assert deducted > D("20") > plain


def test_it_finds_the_rate_of_a_lump_sum_with_fees_deducted():
    from cases.core.calculators import schedule_rate

    # 5,000 promised, 4,500 received, 5,000 repaid after one month
    assert schedule_rate(D("4500"), [D("5000")]) == D("133.33")


def test_it_gives_no_rate_when_the_schedule_repays_no_more_than_was_received():
    from cases.core.calculators import equal_instalments

    assert equal_instalments(D("1000"), D("50"), 20) is None
    assert equal_instalments(D("1000"), D("100"), 0) is None
