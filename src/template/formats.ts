/** Excel number formats the model sheet uses in more than one block. */
export const MONEY = '"€ "#,##0';
export const MONEY_CENTS = '"€ "#,##0.00';
export const PERCENT = "0.0%";
export const COUNT = "#,##0";
export const DECIMAL = "#,##0.00";
